using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing;

/// <summary>Keeps every log line (level, category, message and exception text) so tests can read what an operator would.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, _lines);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new RecordingFactory(this));

    public void Dispose()
    {
    }

    private sealed class RecordingFactory(RecordingLoggerProvider provider) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(logLevel, category, eventId.Id, formatter(state, exception), exception?.ToString()));
    }
}

/// <summary>One log line as written.</summary>
public sealed record LogLine(LogLevel Level, string Category, int EventId, string Message, string? Exception);
