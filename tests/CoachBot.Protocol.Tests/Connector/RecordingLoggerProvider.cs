using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Tests.Connector;

/// <summary>Keeps every log line with its event id, so tests can look for what must never be logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(EventId EventId, string Text)> _entries = new();

    public IReadOnlyList<(EventId EventId, string Text)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider._entries.Enqueue((eventId, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
