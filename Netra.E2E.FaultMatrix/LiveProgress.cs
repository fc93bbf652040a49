using System.Collections.Concurrent;
using Spectre.Console;

namespace Netra.E2E.FaultMatrix;

/// <summary>
/// Live progress on a terminal with Spectre.Console: a bar with runs done/total, elapsed, time left and the runs in
/// flight, and each finished run's line above it. Everything is drawn from the one display loop.
/// </summary>
internal sealed class LiveProgress(ProgressState state) : MatrixProgress(state)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentQueue<string> _lines = new();

    public override async Task<T> ShowAsync<T>(Func<Task<T>> work)
    {
        return await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var snapshot = State.Snapshot();
                var bar = context.AddTask(Describe(snapshot), maxValue: snapshot.Total);
                var running = work();
                while (!running.IsCompleted)
                {
                    Draw(bar);
                    await Task.WhenAny(running, Task.Delay(Refresh)).ConfigureAwait(false);
                }

                Draw(bar);
                return await running.ConfigureAwait(false);
            })
            .ConfigureAwait(false);
    }

    public override void WriteLine(string line) => _lines.Enqueue(line);

    private void Draw(ProgressTask bar)
    {
        while (_lines.TryDequeue(out var line))
        {
            AnsiConsole.MarkupLine(Markup.Escape(line));
        }

        var snapshot = State.Snapshot();
        bar.Value = snapshot.Done;
        bar.Description = Describe(snapshot);
    }

    private static string Describe(ProgressSnapshot snapshot)
    {
        var running = string.Join(", ", snapshot.Running);
        if (running.Length > 60)
        {
            running = running[..59] + "…";
        }

        return Markup.Escape($"{RunLine.Status(snapshot)}{(running.Length > 0 ? $" · running {running}" : string.Empty)}");
    }
}
