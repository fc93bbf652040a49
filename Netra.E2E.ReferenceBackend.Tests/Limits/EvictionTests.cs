using System.Text.Json.Nodes;
using Netra.E2E.ReferenceBackend.Agents;
using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Hosting;
using Netra.E2E.ReferenceBackend.Threads;
using Netra.E2E.ReferenceBackend.Variants;

namespace Netra.E2E.ReferenceBackend.Tests.Limits;

public sealed class EvictionTests
{
    private static readonly VariantStyle Style = new(ReferenceVariant.Standard);

    [Test]
    public void RunRegistry_MoreFinishedRunsThanTheLimit_OldestEvictedAndRunningKept()
    {
        var runs = new RunRegistry(TimeSpan.FromHours(1), maxFinished: 2, TimeProvider.System);
        var running = NewRun("u0");
        runs.Add(running);
        var finished = Enumerable.Range(1, 4).Select(i => NewRun($"u{i}")).ToList();
        foreach (var run in finished)
        {
            run.Touch();
            run.TryFinish(RunStatus.Completed);
            runs.Add(run);
        }

        runs.Sweep();

        runs.Count.Should().Be(3, "the running run and the 2 newest finished runs stay");
        runs.FindOwned("u0", running.RunId).Should().BeSameAs(running);
        runs.FindOwned("u4", finished[3].RunId).Should().BeSameAs(finished[3]);
        runs.FindOwned("u1", finished[0].RunId).Should().BeNull();
    }

    [Test]
    public void RunRegistry_FinishedRunOlderThanRetention_EvictedAndRecentOnesKept()
    {
        var clock = new ManualClock();
        var runs = new RunRegistry(TimeSpan.FromMinutes(10), maxFinished: 100, clock);
        var old = NewRun("old");
        old.TryFinish(RunStatus.Completed);
        var running = NewRun("running");
        runs.Add(old);
        runs.Add(running);

        runs.Sweep();
        runs.Count.Should().Be(2, "nothing is 10 minutes old yet");
        clock.Advance(TimeSpan.FromMinutes(11));
        runs.Sweep();

        runs.FindOwned("old", old.RunId).Should().BeNull();
        runs.FindOwned("running", running.RunId).Should().BeSameAs(running, "a running run is never evicted");
    }

    [Test]
    public void UserDataLimit_MoreUsersThanTheLimit_OldestUserRecordThreadsAndMessagesEvicted()
    {
        var limit = new UserDataLimit(maxUsers: 2);
        var threads = new ThreadStore(FaultSet.None, Style, limit);
        var users = new UserStore(Style, limit);
        users.TryRegister("first@example.com", "First", "a-long-password-1", out var first).Should().BeTrue();
        var firstThread = threads.Create(first.Id, "t", null);
        threads.Append(firstThread, first.Id, "user", "hello", "user", new JsonObject());
        users.GetOrAdd("second", "second@example.com", null);
        threads.Create("second", "t", null);

        users.GetOrAdd("third", "third@example.com", null);
        threads.Create("third", "t", null);

        limit.Count.Should().Be(2);
        limit.Evicted.Should().Be(1);
        users.Find(first.Id).Should().BeNull();
        users.CheckPassword("first@example.com", "a-long-password-1").Should().BeNull("the email is free again");
        threads.Check(first.Id, firstThread.Id, out _).Should().Be(ThreadAccess.NotFound);
        threads.ListFor(first.Id).Should().BeEmpty();
        threads.ListFor("second").Should().ContainSingle();
        threads.Count.Should().Be(2);
        users.Count.Should().Be(2);
    }

    [Test]
    public void UserDataLimit_SameUserSeenAgain_NotCountedTwice()
    {
        var limit = new UserDataLimit(maxUsers: 2);
        var users = new UserStore(Style, limit);

        for (var i = 0; i < 10; i++)
        {
            users.GetOrAdd("one", "one@example.com", null);
        }

        users.GetOrAdd("two", "two@example.com", null);

        limit.Evicted.Should().Be(0);
        users.Find("one").Should().NotBeNull();
    }

    private static AgentRun NewRun(string userId) =>
        new(Guid.NewGuid().ToString("N"), new RunRequest(userId, "data", "q", null, null, null), "thread", new CancellationTokenSource());
}
