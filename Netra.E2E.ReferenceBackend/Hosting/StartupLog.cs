using System.Collections.Concurrent;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>Keeps the last log lines of a server so a failed start can throw with them.</summary>
internal sealed class StartupLog : ILoggerProvider
{
    private const int Capacity = 200;
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public string Text => string.Join(Environment.NewLine, _lines);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Capacity && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(StartupLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?,
            string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            owner.Add($"{logLevel} {category}: " +
                formatter(state, exception) + (exception is null ? string.Empty : $" {exception.GetType().Name}: {exception.Message}"));
        }
    }
}
