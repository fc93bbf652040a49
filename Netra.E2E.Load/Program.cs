using System.CommandLine;
using System.Runtime.InteropServices;
using Netra.E2E.Load.Cli;

// Ctrl+C and SIGTERM (a Kubernetes pod being stopped) end the users promptly; the partial result is still written.
// A second Ctrl+C is left to the runtime, so a stuck run can always be killed.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (!stop.IsCancellationRequested)
    {
        e.Cancel = true;
        Console.Error.WriteLine("load: stopping (Ctrl+C again to kill)...");
        stop.Cancel();
    }
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

var root = LoadCommandLine.Build(stop.Token);

// The program handles termination itself (above); System.CommandLine's own handler would end the process after 2 s.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await root.Parse(args).InvokeAsync(invocation, stop.Token).ConfigureAwait(false);
