using System.Globalization;

namespace CoachBot.Dialogs.Recognizers;

/// <summary>The culture to read an answer in, from an activity's <c>locale</c> ("en-GB", "en-us", or nothing).</summary>
public static class AnswerCulture
{
    /// <summary>The named culture, or the invariant culture (read the British way) when the name is missing or unknown; never throws.</summary>
    public static CultureInfo Resolve(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 85)
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale.Trim().Replace('_', '-'));
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
