using System.Globalization;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Onboarding;

/// <summary>The culture a person reads and writes in: the message's locale, else their last known one, else en-GB.</summary>
internal static class PersonCulture
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Of(TurnContext turn)
    {
        var locale = turn.Activity.Locale;
        if (string.IsNullOrWhiteSpace(locale) && turn.TurnState.TryGet<UserData>(out var user))
        {
            locale = user.Profile.Locale;
        }

        return From(locale);
    }

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
