using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing;

/// <summary>Keeps every log line (level, category, message, exception text) so tests can read what an operator would.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, _lines);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new RecordingFactory(this));

    /// <summary>Lines at <paramref name="level"/> or above.</summary>
    public IReadOnlyList<LogLine> AtLeast(LogLevel level) => [.. Lines.Where(l => l.Level >= level)];

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
            lines.Enqueue(new LogLine(logLevel, category, eventId.Id, formatter(state, exception), exception?.ToString(),
                state is IEnumerable<KeyValuePair<string, object?>> values ? string.Join("|", values.Select(v => $"{v.Key}={v.Value}")) : ""));
    }
}

/// <summary>One log line as written, with its structured values joined.</summary>
public sealed record LogLine(LogLevel Level, string Category, int EventId, string Message, string? Exception, string Values)
{
    public bool Contains(string text) =>
        Message.Contains(text, StringComparison.Ordinal) || (Exception?.Contains(text, StringComparison.Ordinal) ?? false) || Values.Contains(text, StringComparison.Ordinal);
}
