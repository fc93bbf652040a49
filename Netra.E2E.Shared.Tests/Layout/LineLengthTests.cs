namespace Netra.E2E.Shared.Tests.Layout;

/// <summary>Every C# line of the repository is at most 140 characters (<c>max_line_length</c> in .editorconfig).</summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 140;

    [Test]
    public void CSharpSources_OfTheWholeRepository_HaveNoLineOver140Characters()
    {
        var longLines = SourceTree.CSharpFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: file, Number: i + 1, line.Length)))
            .Where(l => l.Length > MaxLength)
            .Select(l => $"{SourceTree.Relative(l.File)}:{l.Number} ({l.Length} characters)")
            .ToList();

        longLines.Should().BeEmpty("lines are at most {0} characters; {1} are longer:{2}{3}",
            MaxLength, longLines.Count, Environment.NewLine, string.Join(Environment.NewLine, longLines.Take(50)));
    }
}
