@echo off
rem Detente launcher for Windows: runs the command-line jar with Java 17 or newer
rem (JAVA_HOME, else java on the PATH). Usage: detente <command> [options]   (detente --help)
rem DETENTE_JAVA_OPTS adds JVM options.
setlocal
set "DETENTE_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" %DETENTE_JAVA_OPTS% -jar "%DETENTE_HOME%\lib\detente.jar" %*
exit /b %ERRORLEVEL%
