namespace CoachBot.Coaching.Safety;

/// <summary>
/// The words behind the medical red flags of COACHING.md §6, in the phrase syntax of
/// <see cref="SafetyPattern"/>. Detection logic only: what the person is told lives in <c>dialogs/safety.yaml</c>.
/// </summary>
internal static class RedFlagPhrases
{
    private const string Organs = "bladder/bowels/bowel/bowl/bowls/waterworks";

    public static PhraseTable<RedFlagCue> Table { get; } = new(Entries());

    private static IEnumerable<(string, RedFlagCue)> Entries()
    {
        foreach (var phrase in BladderBowel())
        {
            yield return (phrase, RedFlagCue.BladderBowel);
        }

        (string[] Phrases, RedFlagCue Cue)[] groups =
        [
            (["numb/numbness/numbed/tingling/tingly/pins_and_needles/no_feeling/lost_feeling/reduced_feeling/less_feeling/no_sensation/cant_feel/cannot_feel/can_not_feel/couldnt_feel"], RedFlagCue.Numb),
            (["down there", "between my/the legs", "groin/genitals/privates/crotch/perineum/saddle/anus", "my/the/around_my/around_the bottom/bum/backside/butt/back_passage", "private parts", "inner thighs", "when i wipe", "back passage"], RedFlagCue.SaddleArea),
            (["legs", "both my? legs", "both of my legs"], RedFlagCue.Legs),
            (["weak/weakness/weaker/weakened/buckled/buckling/buckle/buckles/collapsed/collapsing", "gave/giving/give/gives way/out", "wont/will_not/didnt hold me", "like jelly"], RedFlagCue.Weak),
            ([
                "chest pain/pains/ache/aching/tightness/pressure/hurts/hurt/hurting/tight/discomfort/heaviness/crushing",
                "chest is/was/feels/felt/has_been tight/sore/painful/heavy/crushing",
                "pain/pains/ache/tightness/pressure/crushing/heaviness/tight/discomfort in/across/on/around my/the? chest",
                "tight/crushing/heavy/painful chest",
            ], RedFlagCue.ChestPain),
            (["worst headache/head_pain ~3 life/ever", "worst ever headache", "thunderclap"], RedFlagCue.WorstHeadache),
            (["sudden/suddenly/instantly/abruptly", "out of nowhere", "out of the blue", "all of a sudden", "came/come on fast/quickly/suddenly/instantly", "without warning"], RedFlagCue.Sudden),
            (["severe/severely/agonising/agonizing/excruciating/worst/unbearable/intense/blinding/splitting/terrible/horrendous/crippling/extreme/awful/horrific", "10 out of 10"], RedFlagCue.Severe),
            (["headache/headaches/migraine/head_pain/pain_in_my_head"], RedFlagCue.Headache),
            (["pain/pains/ache/agony/hurting/hurts"], RedFlagCue.Pain),
            (["my back/backs", "lower back", "backs", "back pain/ache/aches/hurts/hurt/hurting/is/was/has/feels/spasm/spasms", "backache/backpain/spine/sciatica"], RedFlagCue.Back),
            (["fever/feverish/fevers/chills/shivering/shivery/rigors", "high temperature", "a temperature", "running/got/had a temp/temperature", "temperature/temp of", "hot and cold", "the shivers"], RedFlagCue.Fever),
            (["fall/fell/fallen/falling/tripped/slipped/tumbled/stumbled", "had a fall/tumble", "took a tumble"], RedFlagCue.Fall),
            (["pain/painful/hurts/hurt/hurting/agony/agonising/agonizing/sore/swollen/bruised/injured/aching", "cant/cannot/couldnt walk/move/stand", "cant/cannot/couldnt put weight"], RedFlagCue.Hurt),
            ([
                "stop/stops/stopped/stopping breathing/breathin",
                "pause/pauses/gaps/gap in my/his/her? breathing",
                "hold/holds/holding my breath in my sleep",
                "wake/woke/waking/wakes up? choking/gasping/spluttering/gasp",
                "gasp/gasping/gasped for air/breath",
                "choke/choking/choked/gasping in my sleep",
                "choke/choking/choked/gasping at/in/during the? night",
            ], RedFlagCue.BreathingStops),
            (["i snore/snored", "my snoring", "im snoring", "me snoring", "been snoring", "says/said i snore", "snore loudly/heavily/like_a_train"], RedFlagCue.OwnSnoring),
            (["sleepy/drowsy", "cant/cannot/struggle_to/struggling_to/hard_to stay awake", "tired/exhausted/shattered/knackered all day", "all day long sleepy"], RedFlagCue.Sleepy),
            (["nod/nods/nodding/nodded off", "nodding", "doze/dozes/dozing/dozed off?", "fell/fall/falling asleep", "nearly/almost fell/fall/falling asleep", "drift/drifting/drifted off", "eyes closing/shutting", "microsleep/microsleeps"], RedFlagCue.Drowsy),
            (["driving/drive/drove", "at the wheel", "behind the wheel"], RedFlagCue.Driving),
            ([
                "no/none_of_the/not_one/not_a_single position/positions ~3 help/helps/helped/ease/eases/eased/relieve/relieves/relieved/comfortable/comfy/works/worked/better/difference",
                "no_matter/whatever/whichever/every/any ~3 position/positions/way ~5 hurts/hurt/pain/painful/sore/still/doesnt/dont/didnt/nothing/agony/cant/couldnt/wont",
                "cant/couldnt/cannot get comfortable/comfy in any position/way",
                "changing/change/moving/turning/shifting position/positions/over doesnt/didnt/does_not/did_not/dont/never help/ease/helps/eases",
                "changing/change/moving/turning/shifting position/positions/over makes/made no difference",
            ], RedFlagCue.NoPositionEases),
            (["lost/losing/dropped/dropping/shed/shedding ~3 weight/stone/stones/kilos/kg/kgs/pounds/lbs", "weight loss", "weight has/is/keeps/seems? dropped/dropping/falling/coming/going off/down"], RedFlagCue.WeightLoss),
            (["trying/want/wanted/need/needed/should/hoping/hope/plan/planning/going to lose", "diet/dieting/slimming/calorie/calories/fasting/ozempic/wegovy/mounjaro", "on purpose", "intentionally", "slimming world", "weight watchers"], RedFlagCue.WeightOnPurpose),
            ([
                "fall/fell/fallen/falling back asleep",
                "fall/fell/fallen/falling back? to/off_to/into sleep/bed/a_deep_sleep",
                "fall/fell/fallen/falling apart/behind/short/ill/sick/pregnant/for/through",
                "slipped/slip disc/disk/discs/disks",
                "in/this/last/next the? fall",
                "fall in pain/my/the/levels",
            ], RedFlagCue.Benign),
        ];
        foreach (var (phrases, cue) in groups)
        {
            foreach (var phrase in phrases)
            {
                yield return (phrase, cue);
            }
        }
    }

    private static IEnumerable<string> BladderBowel() =>
    [
        "cant/cannot/can_not/couldnt/could_not/unable_to/struggling_to/struggle_to/trouble/difficulty/problems/hard_to/havent_been_able_to/not_able_to start? pee/wee/urinate/peeing/weeing/urinating/pass_urine/passing_urine/pass_water/empty_my_bladder/poo/pooing",
        "cant/cannot/can_not/couldnt/could_not stop peeing/weeing/leaking/dribbling",
        "lost/losing/loss_of/no/poor/less control of/over? my/the? " + Organs,
        "bladder/bowel control",
        "wet/wetting/wetted/peed/weed/pooed/soiled/soil/pee/wee myself/the_bed/my_pants/my_trousers/my_knickers",
        "leaking/leaked/leak urine/wee/pee/pee_a_bit/when",
        "incontinent/incontinence",
        Organs + " problem/problems/trouble/issues/issue/accident/accidents/changes/playing_up",
        "problems/trouble/issues/changes with my/the? " + Organs,
        "cant/cannot/couldnt feel when i need/have to? to? pee/wee/go/poo",
        "dont/didnt/cant know when i need to pee/wee/go",
    ];
}
