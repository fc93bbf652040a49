namespace Netra.E2E.Coverage.Tests;

public sealed class ContractParserTests
{
    private const string Page = """
        # Contract

        - **`REST-THREADS-2`** A created thread reads back.
          A continuation line mentions `REST-THREADS-1` in plain code, which is no clause.
        - **`CFG-TARGET-1`** *(not checkable end-to-end: suite configuration)* The target is chosen by a variable.
        * not a clause: **`WS-AUTH-3`** is not at the start of a list item
        """;

    [Test]
    public void Parse_ClauseLines_IdsInOrderWithNotCheckableReasons()
    {
        var clauses = ContractParser.Parse(Page.Replace("* not a clause: **`WS-AUTH-3`**", "* not a clause", StringComparison.Ordinal));

        clauses.Select(c => c.Id).Should().Equal("REST-THREADS-2", "CFG-TARGET-1");
        clauses[0].Checkable.Should().BeTrue();
        clauses[0].Line.Should().Be(3);
        clauses[1].Checkable.Should().BeFalse();
        clauses[1].NotCheckableReason.Should().Be("suite configuration");
    }

    [Test]
    public void Parse_BoldIdOutsideAClauseLine_Rejected()
    {
        var parse = () => ContractParser.Parse(Page);

        parse.Should().Throw<ContractFormatException>()
            .WithMessage("line 6: the bold id **`WS-AUTH-3`** is not the start of a clause line");
    }

    [Test]
    public void Parse_DuplicateId_RejectedNamingBothLines()
    {
        var parse = () => ContractParser.Parse("- **`WS-AUTH-3`** one\n- **`WS-MSG-1`** two\n- **`WS-AUTH-3`** three\n");

        parse.Should().Throw<ContractFormatException>().WithMessage("line 3: clause WS-AUTH-3 repeats the id of line 1");
    }

    [Test]
    public void Parse_NoClause_Rejected()
    {
        var parse = () => ContractParser.Parse("# Nothing here\n\n- a plain item\n");

        parse.Should().Throw<ContractFormatException>().WithMessage("no clause found*");
    }

    [Test]
    public void Parse_TheRepositoryContract_AgreesWithTheGeneratedClauseList()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs");

        var clauses = ContractParser.Parse(File.ReadAllText(Path.Combine(docs, "CONTRACT.md")));

        var listed = File.ReadAllLines(Path.Combine(docs, "contract-clauses.txt")).Select(l => l.Split('\t')).ToList();
        clauses.Select(c => c.Id).Should().Equal(listed.Select(l => l[0]));
        clauses.Select(c => c.Checkable).Should().Equal(listed.Select(l => l[1] == "checkable"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Netra.E2E.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Netra.E2E.sln not found above " + AppContext.BaseDirectory);
    }
}
