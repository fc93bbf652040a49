using System.Runtime.InteropServices;
using Netra.E2E.ReferenceBackend.Hosting;

if (args.Any(a => a is "--help" or "-h" or "-?"))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

ReferenceServerOptions options;
string secretSource;
string? certificateFile;
try
{
    (options, secretSource, certificateFile) = CommandLine.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
    return 2;
}

await using var server = await ReferenceServer.StartAsync(options, CancellationToken.None).ConfigureAwait(false);
Console.WriteLine($"Netra reference backend ({options.Environment})");
Console.WriteLine($"  backend:    {server.BackendUrl}");
Console.WriteLine($"  auth:       {server.AuthUrl}");
Console.WriteLine($"  websocket:  {server.WebSocketUrl}");
Console.WriteLine($"  jwt secret: from {secretSource}, fingerprint {CommandLine.Fingerprint(options.JwtSecret)}");
Console.WriteLine($"  bypass key: " +
    $"{(options.BypassKey is null ? "not configured" : "configured, fingerprint " + CommandLine.Fingerprint(options.BypassKey))}");
Console.WriteLine($"  faults:     {options.Faults}");
Console.WriteLine($"  variant:    {options.Variant.ToString().ToLowerInvariant()}");
if (server.Certificate is not null)
{
    Console.WriteLine($"  tls cert:   SHA-256 " +
        $"{server.Certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)}");
    if (certificateFile is not null)
    {
        await File.WriteAllTextAsync(certificateFile, server.Certificate.ExportCertificatePem()).ConfigureAwait(false);
        Console.WriteLine($"  tls cert:   written to {Path.GetFullPath(certificateFile)} (trust it with NETRA_E2E_CA_CERT)");
    }
}

Console.WriteLine("Press Ctrl+C to stop.");

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});
await stop.Task.ConfigureAwait(false);
Console.WriteLine("Stopping.");
return 0;
