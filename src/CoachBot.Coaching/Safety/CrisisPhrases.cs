namespace CoachBot.Coaching.Safety;

/// <summary>
/// The words that signal suicidal thoughts or self-harm (COACHING.md §6), in the phrase syntax of
/// <see cref="SafetyPattern"/>. These are detection logic, never shown to anyone; the replies live in
/// <c>dialogs/safety.yaml</c>. When a phrase could be either, it is <see cref="CrisisCue.Crisis"/>:
/// a false alarm costs a kind question, a miss costs far more.
/// </summary>
internal static class CrisisPhrases
{
    private const string Myself = "myself/meself/my_self/me_self/myslef";

    private const string Wanting = "want/wanna/wana/wnt/wanted/wanting/wants/wish/wishing/ready/rather/would_like/like";

    private const string Pills = "tablets/pills/meds/medication/medicine/medicines/painkillers/pain_killers/packet/bottle/box/lot/tabs";

    public static PhraseTable<CrisisCue> Table { get; } = new(Crisis().Select(p => (p, CrisisCue.Crisis))
        .Concat(Unsure().Select(p => (p, CrisisCue.Unsure)))
        .Concat(Benign().Select(p => (p, CrisisCue.Benign))));

    private static IEnumerable<string> Crisis() =>
    [
        "suicide/suicidal/suicidaly/unalive/unaliving/unalived/overdose/overdosing/overdosed/selfharm/kilmyself/killmyself/kms",
        "sewer slide/slid",
        "self harm/harming/harmed/harmer/injure/injury/injuring/hurt/hurting",
        "kill/killing/killed/kil/kiling/kild/kiled/k1ll " + Myself,
        "end/ending/ended/take/taking/took my own? life",
        "end/ending it all",
        $"{Wanting}/going/gonna/plan/planning/planned/decided/thinking/think/thought/about/of/urge/tempted to/about/of? just? end/ending it/things/everything",
        "end/ending it tonight/today/now/soon",
        $"{Wanting} to/2/too? just? die/be_dead/not_be_alive/not_exist/not_be_here",
        "let me die",
        "hate being alive",
        "wish i was/were/wuz dead/gone/never_born",
        "wish i had never been born",
        "wish i wasnt/werent/was_not/were_not here/alive/born/around",
        "wish i could/would just? die",
        "wish i didnt/wouldnt/never/did_not wake/woke up",
        "dont/do_not/never/no_longer/not_sure_i want/wanna/wana to/2? live/be_alive/be_here/exist/be_around/go_on/wake_up/see_tomorrow",
        "dont/do_not/never ever? want/wanna/wana to/2? wake up",
        "hope/pray i dont/never/do_not/wont/will_not wake up",
        $"{Wanting}/hope/hoping/pray/praying not/never to? wake up",
        "sleep/asleep and/n/then never/not wake",
        "never wake up again",
        "no reason/point to/in/for? live/living/go_on/going_on/carry_on/carrying_on/be_alive/being_alive/being_here/be_here/exist/existing",
        "nothing/nothin left? to live for",
        "life/living isnt/is_not/aint/not worth living/it",
        "not worth living",
        "whats/what_is/wats/wots the point of/in living/life/going_on/being_alive/carrying_on/being_here/existing",
        "better off dead/gone",
        "better off without me",
        "better without me",
        "better off if/when i was/were/am/im/had dead/gone/died",
        "better off if/when i wasnt/werent/am_not/was_not/were_not/didnt here/around/alive/exist/born",
        "better off if/when im not here/around",
        "a burden to/on everyone/everybody/my_family/my_kids/them/others/people",
        "nobody/no_one/noone/no_body would/will/wd/wouldnt/wont even? miss/notice me",
        "nobody/no_one/noone would/will care if/when i died/was_gone/were_gone/disappeared/wasnt_here",
        "cant/cannot/can_not do this/it/life any_more/anymore/no_more/any_longer",
        "cant/cannot/can_not take it/this any_more/anymore/no_more/any_longer",
        "cant/cannot/can_not go/carry/keep on/going",
        "tired/sick/weary of living/life/being_alive/existing/being_here",
        "done with life/living",
        "give/giving/given up on life/living",
        "take/taking/took/swallow/swallowing/swallowed/down/downing all/every/whole of? my/the? " + Pills,
        "take/taking/took/swallow/swallowing/swallowed/down/downing the/a whole " + Pills,
        "take/taking/took/swallow/swallowing too many " + Pills,
        "stockpiling/stockpile/hoarding/hoard/saving_up/save_up/saved_up my/the? " + Pills,
        "going/gonna/want/wanna/wants/plan/thinking/about/to od",
        "take/taking an od",
        "od on/tonight",
        "hang/hanging/drown/drowning/shoot/shooting/stab/stabbing/poison/poisoning/gas/gassing/suffocate/strangle/starve/starving " + Myself,
        "slit/slitting/cut/cutting my wrists/wrist/throat",
        "jump/jumping/throw/throwing/step/stepping " + Myself + "? off/of/from/in_front_of/under/into a/the? bridge/building/cliff/train/roof/tower/bus/lorry/truck/traffic/river/sea/motorway",
        "harm/harming/harmed/hurting/cutting/burning " + Myself,
        $"{Wanting}/going/gonna/urge/urges/tempted/thinking/thoughts/thought/about/of/keep/started/start/been to? hurt/harm/cut/burn/hurting/cutting/burning/harming {Myself}",
        "this is goodbye",
        "goodbye forever",
        "say/saying my goodbyes",
        "want/wanna/wish/ready it_all/everything to/2 end/be_over",
        "make it all end",
        "to/2 never wake up",
        "to/2 not wake up again/ever/tomorrow",
    ];

    private static IEnumerable<string> Unsure() =>
    [
        "want/wanna/wish it_all/everything to/2 stop",
        "just want/wanna it to/2 stop/end/be_over",
        "want/wanna/wish to/2? just? disappear/vanish/sleep_forever/go_to_sleep_forever",
        "wish i could sleep forever",
        "sleep forever",
        "whats/what_is/wats/wots the point",
        "no point any_more/anymore",
        "cant/cannot/can_not/not cope/coping",
        "feel/feeling/felt/so/completely/totally/utterly/everything_feels/all hopeless",
        "dark thoughts/place",
        "no way out",
        "end of my tether/rope",
        "breaking point",
        "kill me now",
        "just kill me",
        "im/feel_like/i_am/feel a burden",
        "dont/do_not want/wanna to/2? live like this/that",
        "dont/do_not want/wanna to/2? carry on",
        "make it all stop",
        "wont/will_not/not be here/around tomorrow/much_longer/for_long/for_much_longer/by_tomorrow/next_week",
        "tired/sick/weary of living like/with",
        "cant/cannot/can_not go/carry/keep on/going like this/that",
        "hate my life",
        "life/everything is pointless",
        "give/giving up on everything",
        "done with everything",
        "hurt/cut " + Myself,
    ];

    private static IEnumerable<string> Benign() =>
    [
        "#num kms",
        "nearly/almost kill/killed " + Myself,
        "hurt/cut " + Myself + " lifting/gardening/when/while/at/in/playing/falling/doing/cooking/shaving/on/chopping/slightly/a_bit/at_the_gym/moving/carrying/bending/reaching/walking/running/exercising/today/yesterday",
        "careful/trying not to hurt " + Myself,
        "dont/do_not want/wanna to/2? wake up early/at/so/before/in/with/every/tired/sore/during/feeling/this/at/too/with/until/till/til/from/because/again_at",
        "hope/pray i dont/never/do_not/wont/will_not wake up early/at/so/before/in/with/every/tired/sore/during/tonight/too/until/till/til/from/because/again_tonight",
        "wish i didnt/wouldnt/never/did_not wake/woke up early/at/so/before/in/with/every/tired/sore/during/too/until/till/til/from/because/again_at/as",
        "dont/do_not want/wanna to/2? go on sleeping/any/medication/meds/tablets/pills/a/the/holiday/about/and_on/strong",
        "dont/do_not want/wanna to/2? carry on with",
        "cant/cannot/can_not go on walks/holiday/holidays/a/the/my/long/walking/runs/trips/days/outings/them/it/any_walks/the_bike/my_bike",
        "cant/cannot/can_not carry on working/walking/with/the/my",
        "cant/cannot/can_not keep going to/back/up/out/for",
        "cant/cannot/can_not keep on top/doing/with",
        "end/ending it for_today/for_now/please/thanks/thank_you",
        "sleep/asleep and/n/then never/not wake up? until/till/til/before/in_the_night/during/once/at_all_in",
        "whats/what_is/wats/wots the point of/in",
        "take/taking/took/have/having all/every my/the? " + Pills + " as/on/with/this/at/today/every/before/after/like/in_the_morning/at_night",
        "never wake up refreshed/rested/before/until/feeling/on_time/at/in/during",
    ];
}
