namespace CoachBot.Dialogs.Recognizers;

/// <summary>One option of a question, as the dialog's YAML lists it: an id and the words that pick it.</summary>
public sealed record Choice(string Id, IReadOnlyList<string> Synonyms)
{
    public Choice(string id, params string[] synonyms)
        : this(id, (IReadOnlyList<string>)synonyms)
    {
    }
}
