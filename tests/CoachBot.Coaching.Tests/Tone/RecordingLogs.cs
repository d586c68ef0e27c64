using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Tests.Tone;

/// <summary>A logger provider that keeps every entry, so a test can read what was logged (and what wasn't).</summary>
internal sealed class RecordingLogs : ILoggerProvider
{
    private readonly List<(int EventId, LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (logs._entries)
            {
                logs._entries.Add((eventId.Id, logLevel, formatter(state, exception)));
            }
        }
    }
}
