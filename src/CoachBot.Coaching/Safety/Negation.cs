using System.Collections.Frozen;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// Whether a matched phrase is said in the negative: a negating word shortly before it in the same
/// sentence, with only small words between ("I'm <b>not</b> suicidal", "<b>no</b> thoughts of harming
/// myself", "I would <b>never</b> hurt myself"). "No, I want to die" is not a negation: a bare "no" negates
/// only the word right after it or a word such as "thoughts" or "intention".
/// </summary>
internal static class Negation
{
    private const int Reach = 5;

    private static readonly FrozenSet<string> Negators = Canonical(
        "not", "never", "no", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "havent", "hasnt",
        "hadnt", "neither", "nor", "aint");

    private static readonly FrozenSet<string> AfterNo = Canonical(
        "thoughts", "thought", "intention", "intentions", "plan", "plans", "desire", "urge", "urges", "wish", "way", "signs", "sign", "sense");

    private static readonly FrozenSet<string> Fillers = Canonical(
        "i", "im", "id", "ive", "ill", "am", "is", "are", "was", "were", "be", "been", "being", "really", "even", "ever", "feeling", "feel",
        "felt", "going", "gonna", "to", "thinking", "think", "of", "about", "that", "have", "had", "any", "a", "an", "in", "the",
        "intention", "intentions", "thought", "thoughts", "plan", "plans", "would", "will", "could", "do", "did", "actually", "at",
        "all", "want", "wanting", "saying", "say", "said", "mean", "meant", "like", "way", "it", "its", "someone", "who", "just",
        "currently", "now", "on", "desire", "urge", "urges", "wish", "honestly", "definitely", "certainly", "absolutely", "remotely",
        "anything", "signs", "sign", "sense", "got", "experienced", "experiencing", "having");

    /// <summary>Words that intensify rather than negate ("I've never felt <b>so</b> hopeless").</summary>
    private static readonly FrozenSet<string> Intensifiers = Canonical("so", "this", "that", "more", "completely", "totally", "utterly");

    public static bool IsNegated(SafetyTokens tokens, int start)
    {
        if (start < tokens.Count && Intensifiers.Contains(tokens[start]))
        {
            return false;
        }

        for (var k = 1; k <= Reach; k++)
        {
            var index = start - k;
            if (index < 0 || tokens.IsBoundary(index))
            {
                return false;
            }

            var word = tokens[index];
            if (Negators.Contains(word))
            {
                return word != "no" || k == 1 || AfterNo.Contains(tokens[index + 1]);
            }

            if (!Fillers.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static FrozenSet<string> Canonical(params string[] words) =>
        words.Select(SafetyText.Canonical).ToFrozenSet(StringComparer.Ordinal);
}
