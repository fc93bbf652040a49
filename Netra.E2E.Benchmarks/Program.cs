using BenchmarkDotNet.Running;

// `dotnet run -c Release --project Netra.E2E.Benchmarks -- --filter '*' --job short`: see README.md.
BenchmarkSwitcher.FromAssembly(typeof(Netra.E2E.Benchmarks.FrameBenchmarks).Assembly).Run(args);
