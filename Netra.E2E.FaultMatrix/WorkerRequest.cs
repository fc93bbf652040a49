using System.Text.Json;

namespace Netra.E2E.FaultMatrix;

/// <summary>One catcher-only run inside a worker: the tests to run against the backend with these faults.</summary>
internal sealed record WorkerJob(string Name, string Faults, IReadOnlyList<string> Tests);

/// <summary>What the matrix hands one worker process: the built tiers, their run settings and the jobs, in order.</summary>
internal sealed record WorkerRequest(string Assembly, string RunSettings, int Workers, string OutputFolder, IReadOnlyList<WorkerJob> Jobs)
{
    /// <summary>The worker's stdout line announcing a job; "done " + name announces its outcomes file is written.</summary>
    public const string StartPrefix = "##fault-matrix start ";

    public const string DonePrefix = "##fault-matrix done ";

    public static string OutcomesFile(string folder, string job) => Path.Combine(folder, job, "outcomes.json");

    public static async Task<WorkerRequest> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync<WorkerRequest>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"empty worker request {path}");
        }
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this), cancellationToken).ConfigureAwait(false);
}
