using Microsoft.Extensions.Logging;

namespace EigenPlan.Storage.Tests;

/// <summary>Keeps every log line a test host writes, to check what an operator would read.</summary>
internal sealed class ListLogger : ILoggerProvider, ILogger
{
    public List<(LogLevel Level, string Message)> Lines { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines)
        {
            Lines.Add((logLevel, formatter(state, exception)));
        }
    }

    public void Dispose()
    {
    }
}
