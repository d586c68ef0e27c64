namespace CoachBot.Coaching.Safety;

/// <summary>
/// A message's words in canonical form (<see cref="SafetyText"/>), each with its fully collapsed form
/// ("diiee" and "die" both <c>die</c>) for tolerant comparison.
/// </summary>
internal sealed class SafetyTokens
{
    private readonly List<string> _words;
    private readonly string[] _collapsed;

    public SafetyTokens(List<string> words)
    {
        _words = words;
        _collapsed = [.. words.Select(SafetyText.Collapse)];
    }

    public int Count => _words.Count;

    public string this[int index] => _words[index];

    public string Collapsed(int index) => _collapsed[index];

    public bool IsBoundary(int index) => index >= 0 && index < _words.Count && _words[index] == SafetyText.Boundary;

    /// <summary>
    /// Whether the word at <paramref name="index"/> is <paramref name="word"/>, allowing doubled letters
    /// only in the message ("diee" is "die", but "we" is never "wee").
    /// </summary>
    public bool Is(int index, string word, string collapsedWord)
    {
        var token = _words[index];
        return string.Equals(token, word, StringComparison.Ordinal)
            || (token.Length > word.Length && string.Equals(_collapsed[index], collapsedWord, StringComparison.Ordinal));
    }
}
