using Netra.E2E.Shared.Evidence;

namespace Netra.E2E.Report.Tests;

/// <summary>Evidence lands in one folder per run, and only the newest runs are kept.</summary>
public sealed class EvidenceRunFolderTests
{
    [Test]
    public void For_ANewRoot_CreatesTheRunFolderAndPrunesOldRunsAndLooseFiles()
    {
        var root = Path.Combine(TestContext.CurrentContext.WorkDirectory, "evidence-prune-" + Guid.NewGuid().ToString("N")[..8]);
        var old = Enumerable.Range(1, 12).Select(i => Path.Combine(root, $"2020-01-{i:00}_120000_0000000{i % 10}")).ToList();
        old.ForEach(d => Directory.CreateDirectory(d));
        var unrelated = Directory.CreateDirectory(Path.Combine(root, "keep-me")).FullName;
        File.WriteAllText(Path.Combine(root, "Old.Flat.Layout-101010101.txt"), "old layout");

        var folder = EvidenceRunFolder.For(root);

        Path.GetFileName(folder).Should().Be(EvidenceRunFolder.RunName).And.MatchRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{6}_[0-9a-f]{8}$");
        Directory.Exists(folder).Should().BeTrue();
        var kept = Directory.EnumerateDirectories(root).Select(Path.GetFileName).ToList();
        kept.Should().HaveCount(EvidenceRunFolder.KeepRuns + 1, "the newest runs including this one, and the unrelated folder");
        kept.Should().Contain(Path.GetFileName(unrelated)).And.Contain(Path.GetFileName(old[^1])).And.NotContain(Path.GetFileName(old[0]));
        Directory.EnumerateFiles(root).Should().BeEmpty("loose files of the former flat layout are pruned");
        EvidenceRunFolder.For(root).Should().Be(folder, "a run keeps one folder");
    }
}
