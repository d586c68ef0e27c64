using System.Globalization;
using System.Text.Json;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.State;
using CoachBot.Storage;

namespace CoachBot.Web.Tests.Progress;

/// <summary>Diaries for the progress tests, and a person seeded into the store the way the host keeps them.</summary>
internal static class ProgressDiary
{
    /// <summary>
    /// A night: in bed and trying to sleep at <paramref name="bed"/>, <paramref name="sol"/> minutes to fall
    /// asleep, <paramref name="waso"/> awake, final waking and up at <paramref name="up"/>.
    /// </summary>
    public static DiaryEntry Night(DateOnly date, string bed, int sol, int waso, string up, int quality, int pain) => new()
    {
        DiaryDate = date,
        TimeZoneId = "Europe/London",
        BedTime = Clock(bed),
        TryTime = Clock(bed),
        SolMinutes = sol,
        Wakings = waso == 0 ? 0 : 1,
        WasoMinutes = waso,
        FinalWake = Clock(up),
        OutOfBed = Clock(up),
        Quality = quality,
        PainNight = Math.Min(10, pain + 1),
        PainNow = pain,
    };

    /// <summary>
    /// Sixteen nights up to <paramref name="last"/> with two blank dates, better-rated nights before lower pain:
    /// quality q, morning pain 8 − q, in bed 23:00 to 07:00 with 15 + 5·(5 − q) minutes to fall asleep and no wakings.
    /// </summary>
    public static List<DiaryEntry> SixteenNights(DateOnly last)
    {
        var nights = new List<DiaryEntry>();
        for (var i = 17; i >= 0; i--)
        {
            if (i is 3 or 9)
            {
                continue;
            }

            var quality = 1 + (i % 5);
            nights.Add(Night(last.AddDays(-i), "23:00", 15 + (5 * (5 - quality)), 0, "07:00", quality, 8 - quality));
        }

        return nights;
    }

    public static async Task SeedAsync(IStore store, string channelId, string userId, List<DiaryEntry> diary)
    {
        var onboarded = DateTimeOffset.Parse("2026-09-01T08:00:00Z", CultureInfo.InvariantCulture);
        var user = new UserData
        {
            FirstSeen = onboarded,
            Profile = new UserProfile { TimeZoneId = "Europe/London", CheckInTime = new TimeOnly(8, 0), DiaryConsent = true, OnboardedAt = onboarded, Locale = "en-GB" },
            Diary = diary,
        };
        var data = JsonSerializer.Serialize(user, CoachingJson.Default.UserData);
        await store.WriteAsync($"users/{channelId}/{userId}", System.Text.Encoding.UTF8.GetBytes("{\"data\":" + data + "}"), WriteCondition.Any, TestContext.Current.CancellationToken);
    }

    private static TimeOnly Clock(string value) => TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
