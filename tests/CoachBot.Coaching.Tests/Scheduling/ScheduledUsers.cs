using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Tests.Scheduling;

/// <summary>People set up for morning prompts, as onboarding leaves them.</summary>
internal static class ScheduledUsers
{
    public static UserData Create(string zone, TimeOnly checkInTime) => new()
    {
        Profile = new UserProfile
        {
            TimeZoneId = zone,
            CheckInTime = checkInTime,
            DiaryConsent = true,
            OnboardedAt = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero),
        },
        ConversationReference = new ConversationReference
        {
            ChannelId = "test",
            ServiceUrl = "http://127.0.0.1:1/",
            Conversation = new ConversationAccount { Id = "conv-1" },
            User = new ChannelAccount { Id = "user-1" },
            Bot = new ChannelAccount { Id = "coachbot" },
        },
    };

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
