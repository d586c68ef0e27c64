using System.Globalization;
using System.Text.Json.Serialization;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Recognizers;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Dialogs.Tests.Runtime;

/// <summary>A small survey over the real runtime: two number questions, then a summary.</summary>
internal sealed class SurveyDialog : StepDialog<SurveyState>
{
    public const string DialogId = "survey";

    public SurveyDialog()
        : base(DialogId, TestJson.Default.SurveyState)
    {
        AddStep(AskFirst);
        AddStep(AskSecond);
        AddStep(Summarize);
    }

    private static Task<DialogTurnResult> AskFirst(StepContext<SurveyState> step, CancellationToken ct) =>
        step.PromptAsync(NumberPrompt.FirstId, ct);

    private static Task<DialogTurnResult> AskSecond(StepContext<SurveyState> step, CancellationToken ct)
    {
        if (step.Result is { } result)
        {
            step.State.First = result.ValueAs<int>();
        }

        return step.PromptAsync(NumberPrompt.SecondId, ct);
    }

    private static Task<DialogTurnResult> Summarize(StepContext<SurveyState> step, CancellationToken ct)
    {
        step.State.Second = step.Result?.ValueAs<int>();
        step.Context.SendActivity(string.Create(CultureInfo.InvariantCulture, $"first={step.State.First?.ToString(CultureInfo.InvariantCulture) ?? "-"} second={step.State.Second?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
        return step.EndAsync(ct);
    }
}

internal sealed class SurveyState
{
    public int? First { get; set; }

    public int? Second { get; set; }
}

/// <summary>A number prompt: digits 0–10 recognised, "6 or 7" ambiguous, "no idea" unknown.</summary>
internal sealed class NumberPrompt(string id) : Prompt<int>(id, Messages(id), TestJson.Default.Int32)
{
    public const string FirstId = "first";
    public const string SecondId = "second";

    protected override Recognition<int> Recognize(string text, string? locale)
    {
        var parts = text.Split(" or ");
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var a) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var b))
        {
            return Recognition.Ambiguous(a, b);
        }

        if (text == "no idea")
        {
            return Recognition.Of<int>(RecognitionKind.Unknown);
        }

        return int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 10
            ? Recognition.Recognized(n)
            : Recognition.Of<int>(RecognitionKind.NotRecognized);
    }

    protected override Recognition<int> ResolveAmbiguity(string text, Recognition<int> pending) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var n) && (n == pending.Value || n == pending.Alternative)
            ? Recognition.Recognized(n)
            : default;

    private static PromptMessages<int> Messages(string id) => new(
        turn => turn.Activity.CreateReply($"ask {id}"),
        (turn, r) => turn.Activity.CreateReply(r.Kind == RecognitionKind.Ambiguous ? $"which {id}: {r.Value} or {r.Alternative}?" : $"retry {id}"),
        turn => turn.Activity.CreateReply($"skipping {id}"));
}

[JsonSerializable(typeof(SurveyState))]
[JsonSerializable(typeof(int))]
internal sealed partial class TestJson : JsonSerializerContext;

/// <summary>Runs turns through the runtime with the dialog state carried as JSON between turns, as the host does.</summary>
internal sealed class DialogHarness
{
    private readonly DialogSet _dialogs = new DialogSet().Add(new SurveyDialog()).Add(new NumberPrompt(NumberPrompt.FirstId)).Add(new NumberPrompt(NumberPrompt.SecondId));
    private readonly DialogRunner _runner;
    private string _stateJson = "{}";

    public DialogHarness(params IInterruption[] interruptions) => _runner = new DialogRunner([], interruptions);

    public DialogTurnResult? LastResult { get; private set; }

    public async Task<IReadOnlyList<string>> SendAsync(string text, bool begin = false)
    {
        var state = System.Text.Json.JsonSerializer.Deserialize(_stateJson, DialogsJson.Default.DialogState)!;
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, Text = text, Conversation = new() { Id = "c" }, From = new() { Id = "u" }, Recipient = new() { Id = "b" } });
        var dc = new DialogContext(_dialogs, turn, state);
        LastResult = begin ? await dc.BeginDialogAsync(SurveyDialog.DialogId, CancellationToken.None) : await _runner.RunAsync(dc, CancellationToken.None);
        _stateJson = System.Text.Json.JsonSerializer.Serialize(state, DialogsJson.Default.DialogState);
        return [.. turn.OutgoingActivities.Select(a => a.Text ?? string.Empty)];
    }

    public bool IsActive => System.Text.Json.JsonSerializer.Deserialize(_stateJson, DialogsJson.Default.DialogState)!.Stack.Count > 0;
}

/// <summary>"skip" and "back", as the coaching layer wires them.</summary>
internal sealed class SkipAndBack : IInterruption
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        switch (dc.Context.Activity.Text)
        {
            case "skip":
                await dc.SkipAsync(cancellationToken);
                return true;
            case "back":
                if (!await dc.GoBackAsync(cancellationToken))
                {
                    dc.Context.SendActivity("nothing to go back to");
                    await dc.RepromptAsync(cancellationToken);
                }

                return true;
            case "cancel":
                await dc.CancelAllAsync();
                return true;
            default:
                return false;
        }
    }
}
