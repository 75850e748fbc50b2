@echo off
rem Launcher in the krew archive for Windows: the bundle sits beside this file.
where node >nul 2>nul || (echo kubectl-crashcourse: needs Node.js 20.19 or newer on PATH 1>&2 & exit /b 1)
node "%~dp0dist\cli.js" %*
