namespace CoachBot.Coaching.NightHelp;

/// <summary>Ids of the routine's prompts and of its words in <c>dialogs/nighthelp.yaml</c>.</summary>
internal static class NightHelpIds
{
    public const string OfferPrompt = "nighthelp.offer";
    public const string BreatheStep = "nighthelp.breathe";
    public const string RelaxStep = "nighthelp.relax";
    public const string PositionStep = "nighthelp.position";
    public const string ChairStep = "nighthelp.chair";

    public const string Intro = "nighthelp.intro";
    public const string ShortIntro = "nighthelp.short_intro";
    public const string ReadyButton = "nighthelp.ready_button";
    public const string Breathe = "nighthelp.steps.breathe";
    public const string Relax = "nighthelp.steps.relax";
    public const string Position = "nighthelp.steps.position";
    public const string Chair = "nighthelp.steps.chair";
    public const string Close = "nighthelp.close";
    public const string OfferAsk = "nighthelp.offer.ask";
    public const string OfferRetry = "nighthelp.offer.retry";
    public const string NotNow = "nighthelp.offer.not_now";

    /// <summary>The offer's options, in the order of its buttons; each names a list of <c>nighthelp.offer.choices</c>.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["full", "short", "not_now"];

    public static string Choice(string choice) => "nighthelp.offer.choices." + choice;

    public static IEnumerable<string> AllMessages =>
    [
        Intro, ShortIntro, ReadyButton, Breathe, Relax, Position, Chair, Close, OfferAsk, OfferRetry, NotNow,
        .. Choices.Select(Choice),
    ];
}
