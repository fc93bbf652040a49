using System.Reflection;
using System.Runtime.Loader;
using Netra.E2E.Shared.Testing;

namespace Netra.E2E.FaultMatrix;

/// <summary>Reads the tests' <c>[Catches]</c> attributes from the built Staging assembly: fault → tests that must fail on it.</summary>
internal static class Expectations
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string stagingAssemblyPath)
    {
        var folder = Path.GetDirectoryName(stagingAssemblyPath)!;
        var context = new AssemblyLoadContext("staging-tests", isCollectible: true);
        context.Resolving += (ctx, name) =>
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? ctx.LoadFromAssemblyPath(candidate) : null;
        };
        try
        {
            var assembly = context.LoadFromAssemblyPath(stagingAssemblyPath);
            var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var type in assembly.GetTypes())
            {
                const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                foreach (var method in type.GetMethods(Declared))
                {
                    var catches = method.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "CatchesAttribute");
                    if (catches is null)
                    {
                        continue;
                    }

                    var faults = (IEnumerable<CustomAttributeTypedArgument>)catches.ConstructorArguments[0].Value!;
                    foreach (var fault in faults.Select(f => (string)f.Value!))
                    {
                        if (!expected.TryGetValue(fault, out var tests))
                        {
                            expected[fault] = tests = [];
                        }

                        tests.Add($"{type.FullName}.{method.Name}");
                    }
                }
            }

            return expected.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }
}
