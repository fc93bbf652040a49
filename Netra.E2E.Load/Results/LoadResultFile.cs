using System.Text.Json;

namespace Netra.E2E.Load.Results;

/// <summary>Reads and writes result files (JSON, snake_case).</summary>
internal static class LoadResultFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        AllowTrailingCommas = false,
    };

    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/>, creating its folder.</summary>
    public static async Task WriteAsync(LoadResult result, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, result, Json, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a result file.</summary>
    /// <exception cref="FormatException">The file is not a load result.</exception>
    public static async Task<LoadResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync<LoadResult>(stream, Json, cancellationToken).ConfigureAwait(false)
                    ?? throw new FormatException($"{path} is empty (null).");
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path} is not a load result file: {ex.Message}", ex);
            }
        }
    }
}
