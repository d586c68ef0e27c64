namespace CoachBot.Coaching.MyData;

/// <summary>Ids of the words in <c>dialogs/mydata.yaml</c> and of the delete confirmation.</summary>
internal static class MyDataIds
{
    public const string ConfirmDeletePrompt = "mydata.delete.confirm";

    public const string HistoryIntro = "mydata.history.intro";
    public const string HistoryHeader = "mydata.history.header";
    public const string HistoryRow = "mydata.history.row";
    public const string HistoryPain = "mydata.history.pain";
    public const string Missing = "mydata.history.missing";
    public const string NoSleep = "mydata.history.no_sleep";
    public const string DateFormat = "mydata.history.date_format";
    public const string HistoryEmpty = "mydata.history.empty";
    public const string CardTitle = "mydata.history.card.title";
    public const string CardNight = "mydata.history.card.night";
    public const string CardInBed = "mydata.history.card.in_bed";
    public const string CardSleep = "mydata.history.card.sleep";
    public const string CardPain = "mydata.history.card.pain";

    public const string ExportAttached = "mydata.export.attached";
    public const string ExportLinks = "mydata.export.links";
    public const string ExportEmpty = "mydata.export.empty";
    public const string ExportUnavailable = "mydata.export.unavailable";
    public const string ExportFileName = "mydata.export.file_name";

    public const string DeleteAsk = "mydata.delete.ask";
    public const string DeleteRetry = "mydata.delete.retry";
    public const string DeleteKept = "mydata.delete.kept";
    public const string DeleteDone = "mydata.delete.done";

    public static IEnumerable<string> All =>
    [
        HistoryIntro, HistoryHeader, HistoryRow, HistoryPain, Missing, NoSleep, DateFormat, HistoryEmpty,
        CardTitle, CardNight, CardInBed, CardSleep, CardPain,
        ExportAttached, ExportLinks, ExportEmpty, ExportUnavailable, ExportFileName,
        DeleteAsk, DeleteRetry, DeleteKept, DeleteDone,
    ];
}
