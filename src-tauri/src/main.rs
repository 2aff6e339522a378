// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    match waypoint_app_lib::run(workspace_arg(std::env::args_os().skip(1))) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("waypoint failed to start: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// `--workspace FILE` on the command line: which workspace to open, ahead of
/// `WAYPOINT_WORKSPACE` (the end-to-end tests start each app on its own file this way).
fn workspace_arg(mut args: impl Iterator<Item = std::ffi::OsString>) -> Option<std::path::PathBuf> {
    while let Some(arg) = args.next() {
        if arg == "--workspace" {
            return args.next().map(Into::into);
        }
    }
    None
}
