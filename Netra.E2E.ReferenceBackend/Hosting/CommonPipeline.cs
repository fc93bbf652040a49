using Netra.E2E.ReferenceBackend.Auth;
using Netra.E2E.ReferenceBackend.Faults;
using Netra.E2E.ReferenceBackend.Http;

namespace Netra.E2E.ReferenceBackend.Hosting;

/// <summary>What both services share: builder setup, and the contract 2 middleware in its one order.</summary>
internal static class CommonPipeline
{
    public static WebApplicationBuilder CreateBuilder(string name, Uri url, ReferenceState state, StartupLog log,
        System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        // No configuration-file watchers: each one costs an inotify instance, and a test run starts one server per fault.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = name,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(log);
        builder.WebHost.UseKestrelHttpsConfiguration();
        ReferenceServer.Listen(builder, url, certificate);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Services.ConfigureHttpJsonOptions(json => NetraJson.Configure(json.SerializerOptions, state.Style));
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (state.Faults.Has(Fault.CorsAnyOrigin))
            {
                policy.SetIsOriginAllowed(_ => true);
            }
            else
            {
                policy.WithOrigins(state.Options.FrontendOrigin);
            }

            policy.AllowCredentials()
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
                .WithHeaders("Authorization", "Content-Type", RequestIds.Header)
                .WithExposedHeaders(RequestIds.Header, "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After");
        }));
        state.AddTo(builder.Services);
        return builder;
    }

    /// <summary>Headers, error bodies (thrown and framework-generated), CORS, bearer check.</summary>
    public static void UseCommonMiddleware(WebApplication app, ReferenceState state, TokenUse tokenUse)
    {
        app.UseMiddleware<CommonHeadersMiddleware>();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseStatusCodePages(context =>
            state.Errors.WriteAsync(context.HttpContext, ApiError.ForStatus(context.HttpContext.Response.StatusCode), null,
                context.HttpContext.RequestAborted));
        if (state.Faults.Has(Fault.CorsActualResponseNoAllowOrigin))
        {
            // The CORS middleware only runs for preflights: actual responses lose Access-Control-Allow-Origin.
            app.UseWhen(context => HttpMethods.IsOptions(context.Request.Method), branch => branch.UseCors());
        }
        else
        {
            app.UseCors();
        }
        app.UseMiddleware<BearerAuthenticationMiddleware>(tokenUse);
    }
}
