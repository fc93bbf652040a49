using HdrHistogram;
using HdrHistogram.Utilities;

namespace Netra.E2E.Load.Metrics;

/// <summary>
/// Encodes histograms in HdrHistogram's standard compressed V2 form, base64: the form every HDR implementation reads,
/// and exact, so shards merge bucket for bucket.
/// </summary>
internal static class HistogramCodec
{
    /// <summary>Base64 of the compressed encoding.</summary>
    public static string Encode(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = HistogramEncoding.EncodeIntoCompressedByteBuffer(histogram, buffer);

        // ByteBuffer's array accessor is not public in 2.5.0: read the encoded bytes back through Get().
        var bytes = new byte[length];
        buffer.Position = 0;
        for (var i = 0; i < length; i++)
        {
            bytes[i] = buffer.Get();
        }

        return Convert.ToBase64String(bytes);
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote.</summary>
    /// <exception cref="FormatException">The text is not base64 of an HDR compressed histogram.</exception>
    public static HistogramBase Decode(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var bytes = Convert.FromBase64String(base64);
        try
        {
            return HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(bytes), LoadHistograms.HighestMicros);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or IndexOutOfRangeException)
        {
            throw new FormatException($"not an HdrHistogram compressed encoding: {ex.Message}", ex);
        }
    }
}
