using CoachBot.Coaching.Diary;
using CoachBot.Coaching.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching.Advice;

/// <summary>
/// Gives the advice at the end of a check-in: chooses it from the person's diary, records what was
/// given (the latest few only) and puts the words together, leaving the choice with the person.
/// </summary>
public sealed class AdviceCoach(AdviceLibrary library, IOptions<AdviceSettings> options, ILogger<AdviceCoach> logger)
{
    private readonly AdviceSelector _selector = new(library);

    /// <summary>The advice for tonight's entry as one message, or null when there is nothing fresh to offer.</summary>
    public string? Offer(UserData user, DiaryEntry tonight, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(user);

        // "diary only" (dialogs/feedback.yaml): the person asked for no ideas, so none is chosen or remembered.
        if (user.Profile.AdviceOff)
        {
            return null;
        }

        var settings = options.Value;
        var choice = _selector.Select(user.Diary, tonight, settings, user.RecentAdvice, today);
        if (choice.Items.Count == 0)
        {
            AdviceLog.NothingFresh(logger, settings.NoRepeatDays);
            return null;
        }

        // Without a diary the numbers behind a choice are not kept either.
        var keepReason = user.Profile.DiaryConsent != false;
        user.RecentAdvice.AddRange(choice.Items.Select(c => new AdviceGiven(c.Item.Id, c.Phrasing, today, c.Match.Name, keepReason ? c.Match.Reason : null)));
        if (user.RecentAdvice.Count > settings.Remember)
        {
            user.RecentAdvice.RemoveRange(0, user.RecentAdvice.Count - settings.Remember);
        }

        AdviceLog.Offered(logger, choice.Items.Count);
        return Compose(choice, today);
    }

    /// <summary>The items one after another; after two options, a line that leaves the choice open.</summary>
    public string Compose(AdviceChoice choice, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var parts = choice.Items.Select(c => c.Text).ToList();
        if (parts.Count > 1)
        {
            parts.Add(library.Closings[today.DayNumber % library.Closings.Count]);
        }

        return string.Join("\n\n", parts);
    }
}
