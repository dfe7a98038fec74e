// A hand-made map model small enough to check its SVG and its PDF operators number by number: two square counties,
// one outlined, a marker, a title line and a legend of one swatch and a statewide note.

import type { StateMap } from '../../generator/map/model.ts';

export function smallMap(): StateMap {
  return {
    state: 'XX',
    width: 100,
    height: 80,
    title: { text: 'Tom & Jerry', size: 14, color: '#1A1A1A', lines: [{ x: 4, y: 18, text: 'Tom & Jerry' }] },
    counties: [
      {
        fips: '99001',
        name: 'North',
        fill: '#E69F00',
        rings: [
          [
            [10, 20],
            [30, 20],
            [30, 40.5],
          ],
        ],
      },
      {
        fips: '99003',
        name: 'South <Isle>',
        fill: '#DDDDDD',
        rings: [
          [
            [10, 50],
            [20, 50],
            [20, 60],
          ],
          [
            [40, 50],
            [50, 60],
            [40, 60],
          ],
        ],
      },
    ],
    border: { color: '#FFFFFF', width: 0.8 },
    region: { fips: ['99003'], color: '#000000', width: 3 },
    markers: [
      { fips: '99003', name: 'South <Isle>', cx: 45, cy: 57, r: 6, fill: '#DDDDDD', stroke: '#000000', strokeWidth: 3 },
    ],
    legend: {
      size: 9,
      color: '#1A1A1A',
      entries: [
        {
          swatch: { shape: 'square', x: 60, y: 30, side: 11, fill: '#E69F00', stroke: '#E69F00', strokeWidth: 0 },
          lines: [
            { x: 75, y: 38, text: 'Jail' },
            { x: 75, y: 48, text: 'model' },
          ],
        },
        {
          swatch: { shape: 'square', x: 61.5, y: 51.5, side: 8, fill: 'none', stroke: '#000000', strokeWidth: 3 },
          lines: [{ x: 75, y: 58, text: 'Region' }],
        },
        {
          swatch: null,
          lines: [
            { x: 60, y: 68, text: 'State:' },
            { x: 60, y: 78, text: '• Task force' },
          ],
        },
      ],
    },
  };
}
