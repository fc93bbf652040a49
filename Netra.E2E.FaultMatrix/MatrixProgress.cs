namespace Netra.E2E.FaultMatrix;

/// <summary>
/// Shows the matrix going: live on an interactive terminal, one plain line per finished run when the output is
/// redirected or <c>CI</c> is set. Only names, counts and times are shown, never a run's environment values.
/// </summary>
internal abstract class MatrixProgress(ProgressState state)
{
    protected ProgressState State { get; } = state;

    public static MatrixProgress Create(ProgressState state)
    {
        var ci = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return ci || Console.IsOutputRedirected ? new PlainProgress(state) : new LiveProgress(state);
    }

    /// <summary>Runs the work while the progress is shown; returns when the work has and the display is closed.</summary>
    public abstract Task<T> ShowAsync<T>(Func<Task<T>> work);

    public void Started(MatrixRun run) => State.Started(run);

    public void Finished(RunResult result, IReadOnlyList<string> catchers) =>
        WriteLine(RunLine.Format(result, catchers, State.Finished(result)));

    /// <summary>A line above the progress (or simply a line).</summary>
    public abstract void WriteLine(string line);
}

/// <summary>Plain lines for logs and CI.</summary>
internal sealed class PlainProgress(ProgressState state) : MatrixProgress(state)
{
    private readonly Lock _lock = new();

    public override Task<T> ShowAsync<T>(Func<Task<T>> work) => work();

    public override void WriteLine(string line)
    {
        lock (_lock)
        {
            Console.Out.WriteLine(line);
        }
    }
}
