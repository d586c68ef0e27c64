using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Diary;
using CoachBot.Coaching.Scheduling;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.State;

/// <summary>What CoachBot keeps per person on a channel: profile, settings, diary.</summary>
public sealed class UserData
{
    /// <summary>When this person first talked to CoachBot.</summary>
    public DateTimeOffset? FirstSeen { get; set; }

    public UserProfile Profile { get; set; } = new();

    /// <summary>One entry per night, oldest first.</summary>
    public List<DiaryEntry> Diary { get; set; } = [];

    /// <summary>Ids of the conversations this person has written in, oldest first, bounded: how "delete my data" finds them all.</summary>
    public List<string> Conversations { get; set; } = [];

    /// <summary>The latest advice given, oldest first, bounded (Advice:Remember, default 30): no repeats too soon, phrasings in turn.</summary>
    public List<AdviceGiven> RecentAdvice { get; set; } = [];

    /// <summary>Where morning prompts go: the person's latest conversation, refreshed on each inbound activity once onboarded.</summary>
    public ConversationReference? ConversationReference { get; set; }

    /// <summary>The morning prompts: pause, snooze, stop, what was sent, back-off.</summary>
    public PromptState Prompts { get; set; } = new();
}
