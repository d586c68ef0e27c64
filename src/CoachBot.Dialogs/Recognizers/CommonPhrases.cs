namespace CoachBot.Dialogs.Recognizers;

/// <summary>Phrases every recognizer understands the same way. Tokens as <see cref="AnswerText"/> writes them.</summary>
internal static class CommonPhrases
{
    /// <summary>"Don't know" in its many spellings: the item counts as skipped.</summary>
    public static readonly PhraseList DontKnow = new(
    [
        "dont know", "do not know", "didnt know", "dunno", "dno", "idk", "no idea", "not sure", "unsure",
        "cant remember", "cannot remember", "can not remember", "dont remember", "do not remember",
        "cant recall", "dont recall", "no clue", "not a clue", "havent a clue", "cant say", "hard to say",
        "who knows", "no recollection", "not certain", "cant tell", "couldnt say", "couldnt tell",
    ]);

    /// <summary>Hedges that make a number an estimate.</summary>
    public static readonly PhraseList Approximate = new(
    [
        "about", "around", "round about", "roughly", "approx", "approximately", "ish", "~", "or so",
        "give or take", "circa", "something like", "more or less", "maybe", "probably", "perhaps",
        "i think", "i guess", "guess", "estimate", "abt", "appx",
    ]);
}
