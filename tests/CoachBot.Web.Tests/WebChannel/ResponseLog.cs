using System.Collections.Concurrent;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>Every request the host answered, recorded by outermost middleware, so a test can prove none got a 5xx.</summary>
public sealed class ResponseLog
{
    private readonly ConcurrentQueue<(string Method, string Path, int Status)> _responses = new();

    public IReadOnlyList<(string Method, string Path, int Status)> All => [.. _responses];

    public IReadOnlyList<string> ServerErrors => [.. _responses.Where(r => r.Status >= 500).Select(r => $"{r.Status} {r.Method} {r.Path}")];

    public void Add(string method, string path, int status) => _responses.Enqueue((method, path, status));
}
