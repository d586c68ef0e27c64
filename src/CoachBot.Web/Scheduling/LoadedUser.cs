using CoachBot.Coaching.State;
using CoachBot.Web.Turns;

namespace CoachBot.Web.Scheduling;

/// <summary>A person's user state as read, with the document around it and the ETag to write it back with.</summary>
internal sealed record LoadedUser(UserData User, StateDocument Document, string ETag);
