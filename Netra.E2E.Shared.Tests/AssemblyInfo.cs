// Fixtures run in parallel; tests inside one fixture run one after another, because several fixtures keep a
// server or client in instance fields set up once per fixture.
[assembly: Parallelizable(ParallelScope.Fixtures)]
