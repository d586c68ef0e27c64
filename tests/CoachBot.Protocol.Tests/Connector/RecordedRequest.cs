namespace CoachBot.Protocol.Tests.Connector;

/// <summary>One request as the fake Connector saw it; <see cref="ArrivedAt"/> is a Stopwatch timestamp.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body, long ArrivedAt);
