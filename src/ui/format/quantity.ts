// Quantities for the resources gauges: parsing and byte formatting are the analysis' own (one reading of
// "512Mi" everywhere); CPU is shown the way limits are written.
export { formatBytes, parseQuantity } from '../../analysis/quantity.js';

export const formatCpu = (cores: number): string => (cores >= 1 ? `${+cores.toFixed(2)}` : `${Math.round(cores * 1000)}m`);
