namespace CoachBot.Coaching.Progress;

/// <summary>How one week's median pain compares with the week before's (COACHING.md §3 "Pain change").</summary>
internal enum PainChange
{
    AboutTheSame,
    NoticeablyHigher,
    NoticeablyLower,
}
