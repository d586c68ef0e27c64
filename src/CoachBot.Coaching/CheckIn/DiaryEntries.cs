using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.CheckIn;

/// <summary>Turns a check-in's answers into a diary entry and files it: one entry per night.</summary>
internal static class DiaryEntries
{
    public static DiaryEntry From(CheckInDraft draft, DateOnly diaryDate, string timeZoneId, TimeOnly? painNowAt) => new()
    {
        DiaryDate = diaryDate,
        TimeZoneId = timeZoneId,
        BedTime = draft.BedTime,
        TryTime = draft.TryTime,
        SolMinutes = draft.SolMinutes,
        DidNotSleep = draft.DidNotSleep,
        Wakings = draft.Wakings,
        WasoMinutes = draft.WasoMinutes,
        FinalWake = draft.FinalWake,
        OutOfBed = draft.OutOfBed,
        Quality = draft.Quality,
        PainNight = draft.PainNight,
        PainNow = draft.PainNow,
        PainNowAt = draft.PainNow is null ? null : painNowAt,
        NapMinutes = draft.NapMinutes,
        Note = draft.Note,
    };

    /// <summary>
    /// Files the entry under its night. A second check-in for the same night edits the entry: what was
    /// answered this time replaces the old answer, what was skipped keeps it.
    /// </summary>
    public static void Save(List<DiaryEntry> diary, DiaryEntry entry)
    {
        var index = diary.FindIndex(e => e.DiaryDate == entry.DiaryDate);
        if (index < 0)
        {
            var at = diary.FindIndex(e => e.DiaryDate > entry.DiaryDate);
            diary.Insert(at < 0 ? diary.Count : at, entry);
            return;
        }

        var old = diary[index];
        diary[index] = entry with
        {
            BedTime = entry.BedTime ?? old.BedTime,
            TryTime = entry.TryTime ?? old.TryTime,
            SolMinutes = entry.SolMinutes ?? (entry.DidNotSleep ? null : old.SolMinutes),
            Wakings = entry.Wakings ?? old.Wakings,
            WasoMinutes = entry.WasoMinutes ?? old.WasoMinutes,
            FinalWake = entry.FinalWake ?? (entry.DidNotSleep ? null : old.FinalWake),
            OutOfBed = entry.OutOfBed ?? old.OutOfBed,
            Quality = entry.Quality ?? old.Quality,
            PainNight = entry.PainNight ?? old.PainNight,
            PainNow = entry.PainNow ?? old.PainNow,
            PainNowAt = entry.PainNow is null ? old.PainNowAt : entry.PainNowAt,
            NapCount = entry.NapCount ?? old.NapCount,
            NapMinutes = entry.NapMinutes ?? old.NapMinutes,
            Note = entry.Note ?? old.Note,
        };
    }
}
