@echo off
node "%~dp0dist\complete.js" %*
