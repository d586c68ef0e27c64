using CoachBot.Coaching.Bot;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.Onboarding;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching.MyData;

/// <summary>The person's data commands, <c>history</c>, <c>export</c> and <c>delete my data</c>, with words from <c>dialogs/mydata.yaml</c>.</summary>
internal sealed class MyDataModule : IDialogModule
{
    private readonly MessageCatalog _messages;
    private readonly MyDataOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<MyDataModule> _logger;
    private readonly IExportLinks? _links;

    public MyDataModule(MessageCatalog messages, IOptions<MyDataOptions> options, TimeProvider timeProvider, ILogger<MyDataModule> logger, IExportLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequiredMessages.Check(messages, MyDataIds.All, "mydata.yaml");
        _messages = messages;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _links = links;
    }

    public IEnumerable<Dialog> CreateDialogs()
    {
        var replies = new OnboardingReplies(_messages);
        return
        [
            new HistoryDialog(_messages, _timeProvider, _logger),
            new ExportDialog(_messages, _options, _timeProvider, _logger, _links),
            new DeleteDataDialog(_messages, _logger),
            new YesNoPrompt(
                MyDataIds.ConfirmDeletePrompt,
                new PromptMessages<bool>(turn => replies.YesNo(turn, _messages[MyDataIds.DeleteAsk]), (turn, _) => replies.YesNo(turn, _messages[MyDataIds.DeleteRetry]))),
        ];
    }
}
