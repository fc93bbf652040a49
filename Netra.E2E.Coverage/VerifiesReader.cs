using System.Reflection;
using System.Runtime.Loader;

namespace Netra.E2E.Coverage;

/// <summary>Reads the tests' <c>[Verifies]</c> attributes from the built Staging assembly: test → clause ids.</summary>
internal static class VerifiesReader
{
    public static IReadOnlyList<TestVerifies> Read(string stagingAssemblyPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(stagingAssemblyPath))!;
        var context = new AssemblyLoadContext("staging-tests", isCollectible: true);
        context.Resolving += (ctx, name) =>
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(candidate) ? ctx.LoadFromAssemblyPath(candidate) : null;
        };
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(stagingAssemblyPath));
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var found = new List<TestVerifies>();
            foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                foreach (var method in type.GetMethods(Declared).OrderBy(m => m.MetadataToken))
                {
                    var verifies = method.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.Name == "VerifiesAttribute");
                    if (verifies is null)
                    {
                        continue;
                    }

                    var ids = (IEnumerable<CustomAttributeTypedArgument>)verifies.ConstructorArguments[0].Value!;
                    found.Add(new TestVerifies($"{type.Name}.{method.Name}", [.. ids.Select(i => (string)i.Value!)]));
                }
            }

            return found;
        }
        finally
        {
            context.Unload();
        }
    }
}
