#!/usr/bin/env node
// Thin shell: all behaviour lives in the library's cli(argv, io).
import { cli } from '../dist/src/cli/cli.js';

process.exitCode = await cli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
