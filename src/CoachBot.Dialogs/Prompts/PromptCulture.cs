using System.Globalization;

namespace CoachBot.Dialogs.Prompts;

/// <summary>The culture answers are read in: the activity's locale when it is a real one, else en-GB.</summary>
internal static class PromptCulture
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo From(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 20)
        {
            return Fallback;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }
}
