using System.Text.Json;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.MyData;

/// <summary>Puts a diary into an onboarded person's stored state, as a run of check-ins would have.</summary>
internal static class DiarySeed
{
    /// <summary>A full night: bed 22:30, trying 23:00, 30 min to fall asleep, 2 wakings of 40 min, final 06:00, up 06:30 (8 h in bed, 5 h 50 min asleep).</summary>
    public static DiaryEntry Night(DateOnly date, int? painNight, int? painNow, string? note = null) => new()
    {
        DiaryDate = date,
        TimeZoneId = "Europe/London",
        BedTime = new TimeOnly(22, 30),
        TryTime = new TimeOnly(23, 0),
        SolMinutes = 30,
        Wakings = 2,
        WasoMinutes = 40,
        FinalWake = new TimeOnly(6, 0),
        OutOfBed = new TimeOnly(6, 30),
        Quality = 3,
        PainNight = painNight,
        PainNow = painNow,
        PainNowAt = painNow is null ? null : new TimeOnly(7, 30),
        Note = note,
    };

    /// <summary>Ten nights from 15 to 25 November 2026, none on the 21st; the 20th has a note with a comma and quotes, the 23rd no overnight pain, the 24th no sleep.</summary>
    public static List<DiaryEntry> TenNights()
    {
        var nights = new List<DiaryEntry>();
        for (var day = 15; day <= 25; day++)
        {
            if (day == 21)
            {
                continue;
            }

            var date = new DateOnly(2026, 11, day);
            nights.Add(day switch
            {
                20 => Night(date, 6, 4, "woke at 3, \"sore\" hip"),
                23 => Night(date, null, 3),
                24 => Night(date, 8, 7) with { SolMinutes = null, Wakings = null, WasoMinutes = null, FinalWake = null, DidNotSleep = true },
                _ => Night(date, day % 10, (day + 3) % 10),
            });
        }

        return nights;
    }

    public static async Task SeedAsync(IStore store, string channelId, string userId, IEnumerable<DiaryEntry> diary)
    {
        await Chat.SeedOnboardedUserAsync(store, channelId, userId);
        var user = (await Chat.ReadUserAsync(store, channelId, userId))!;
        user.Diary = [.. diary];
        await WriteUserAsync(store, channelId, userId, user);
    }

    public static async Task WriteUserAsync(IStore store, string channelId, string userId, UserData user)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(user, CoachingJson.Default.UserData);
        var document = new byte[data.Length + 9];
        "{\"data\":"u8.CopyTo(document);
        data.CopyTo(document, 8);
        document[^1] = (byte)'}';
        await store.WriteAsync($"users/{channelId}/{userId}", document, WriteCondition.Any, TestContext.Current.CancellationToken);
    }
}
