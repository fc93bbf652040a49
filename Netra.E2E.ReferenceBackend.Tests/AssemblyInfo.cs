// Tests wait on sockets far more than they compute: more workers than the 2 cores keep the run short.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(8)]
